#include "pdf/xmp_metadata.hpp"

namespace acquis::pdf {

namespace {

std::string escaped(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string language_alternative(const char* property, const std::string& text) {
  if (text.empty()) return {};
  return std::string("<") + property + "><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escaped(text) +
         "</rdf:li></rdf:Alt></" + property + ">\n";
}

std::string simple(const char* property, const std::string& text) {
  if (text.empty()) return {};
  return std::string("<") + property + ">" + escaped(text) + "</" + property + ">\n";
}

// PDF/A-1 accepts only the schemas it lists unless the file describes the others.
constexpr const char* kPdfUaSchema =
    "<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
    " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
    " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
    "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
    "<pdfaSchema:schema>PDF/UA identification</pdfaSchema:schema>\n"
    "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
    "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
    "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
    "<pdfaProperty:name>part</pdfaProperty:name>\n"
    "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
    "<pdfaProperty:category>internal</pdfaProperty:category>\n"
    "<pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>\n"
    "</rdf:li></rdf:Seq></pdfaSchema:property>\n"
    "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
    "</rdf:Description>\n";

}  // namespace

std::string xmp_packet(const XmpFacts& facts) {
  const Metadata& m = facts.metadata;
  std::string xmp =
      "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
      "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
      "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
      " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"";
  if (m.tagged) xmp += " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"";
  if (m.archival) xmp += " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"";
  xmp += ">\n<dc:format>application/pdf</dc:format>\n";
  xmp += language_alternative("dc:title", m.title);
  if (!m.author.empty())
    xmp +=
        "<dc:creator><rdf:Seq><rdf:li>" + escaped(m.author) + "</rdf:li></rdf:Seq></dc:creator>\n";
  xmp += language_alternative("dc:description", m.subject);
  xmp += simple("pdf:Keywords", m.keywords);
  xmp += simple("pdf:Producer", facts.producer);
  xmp += simple("xmp:CreatorTool", facts.creator_tool);
  xmp += simple("xmp:CreateDate", facts.date);
  xmp += simple("xmp:ModifyDate", facts.date);
  if (m.tagged) xmp += "<pdfuaid:part>1</pdfuaid:part>\n";
  if (m.archival)
    xmp += "<pdfaid:part>1</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n";
  xmp += "</rdf:Description>\n";
  if (m.archival && m.tagged) xmp += kPdfUaSchema;
  xmp += "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
  return xmp;
}

}  // namespace acquis::pdf
