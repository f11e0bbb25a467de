#include "xml/xml_checks.hpp"

#include <algorithm>

#include <acquis/text_checks.hpp>

#include "core/utf8.hpp"

#include <cstdio>

namespace acquis {

namespace {

std::string hex_byte(unsigned char byte) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "0x%02X", byte);
  return buffer;
}

// Where a comment, CDATA section or processing instruction starting at `at` ends (past it), or
// `at` itself when none starts there: their content is not markup.
std::size_t skip_unparsed(const std::string& text, std::size_t at) {
  struct Span {
    const char *open, *close;
  };
  static constexpr Span kSpans[] = {{"<!--", "-->"}, {"<![CDATA[", "]]>"}, {"<?", "?>"}};
  for (const Span& span : kSpans)
    if (text.compare(at, std::char_traits<char>::length(span.open), span.open) == 0) {
      const std::size_t end = text.find(span.close, at);
      return end == std::string::npos ? text.size()
                                      : end + std::char_traits<char>::length(span.close);
    }
  return at;
}

// A character reference (&#233; &#xE9;) to a character text may hold.
bool allowed_reference(const std::string& digits) {
  const bool hex = !digits.empty() && (digits[0] == 'x' || digits[0] == 'X');
  const std::string number = hex ? digits.substr(1) : digits;
  if (number.empty() || number.size() > 8) return false;
  unsigned long cp = 0;
  for (char c : number) {
    const bool digit = c >= '0' && c <= '9';
    const bool letter = hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
    if (!digit && !letter) return false;
    cp = cp * (hex ? 16 : 10) + static_cast<unsigned long>(digit ? c - '0' : (c | 0x20) - 'a' + 10);
  }
  return cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF) &&
         !utf8::is_forbidden_control(static_cast<char32_t>(cp));
}

// The first bad reference, DOCTYPE or bare "&" in markup and text (not in comments).
bool check_markup(const std::string& text, FileReporter& report) {
  // From one '<' or '&' to the next (memchr), not byte by byte; the next '&' is kept, as it is
  // rare and looking for it again at each tag would read the file over and over.
  std::size_t next_ampersand = text.find('&');
  for (std::size_t at = 0; at < text.size();) {
    if (next_ampersand != std::string::npos && next_ampersand < at)
      next_ampersand = text.find('&', at);
    at = std::min(text.find('<', at), next_ampersand);
    if (at == std::string::npos) break;
    if (text[at] == '<') {
      const std::size_t after = skip_unparsed(text, at);
      if (after != at) {
        at = after;
        continue;
      }
      if (text.compare(at, 9, "<!DOCTYPE") == 0) return report.error("xml-doctype", at), false;
    }
    if (text[at] != '&') {
      ++at;
      continue;
    }
    const std::size_t end = text.find(';', at);
    const std::string name = end == std::string::npos || end - at > 12
                                 ? std::string()
                                 : text.substr(at + 1, end - at - 1);
    if (name.empty()) return report.error("xml-bare-ampersand", at), false;
    const bool known =
        name == "lt" || name == "gt" || name == "amp" || name == "quot" || name == "apos";
    if (name[0] == '#' ? !allowed_reference(name.substr(1)) : !known)
      return report.error(name[0] == '#' ? "xml-bad-reference" : "xml-unknown-entity", at,
                          {{"name", "&" + name + ";"}}),
             false;
    at = end + 1;
  }
  return true;
}

}  // namespace

bool check_plain_text(const std::string& text, FileReporter& report) {
  if (const std::size_t bad = utf8::first_invalid(text); bad != utf8::kNone) {
    report.error("bad-utf8", bad, {{"byte", hex_byte(static_cast<unsigned char>(text[bad]))}});
    return false;
  }
  char32_t control = 0;
  if (const std::size_t at = utf8::first_forbidden_control(text, control); at != utf8::kNone) {
    report.error("control-character", at, {{"code", utf8::code_point_name(control)}});
    return false;
  }
  return true;
}

bool check_xml_text(const std::string& text, FileReporter& report) {
  return check_plain_text(text, report) && check_markup(text, report);
}

namespace {

template <class Check>
bool check_named(const std::string& name, const std::string& text,
                 std::vector<Diagnostic>& diagnostics, Check check) {
  const SourceText source(name, text);
  Diagnostics diags;
  bool ok = false;
  {
    FileReporter report(source, diags, Privacy::Personal);  // a request may name a person
    ok = check(text, report);
  }
  for (Diagnostic& d : diags.take()) diagnostics.push_back(std::move(d));
  return ok;
}

}  // namespace

bool check_text(const std::string& name, const std::string& text,
                std::vector<Diagnostic>& diagnostics) {
  return check_named(name, text, diagnostics,
                     [](const std::string& t, FileReporter& r) { return check_plain_text(t, r); });
}

bool check_xml_text(const std::string& name, const std::string& text,
                    std::vector<Diagnostic>& diagnostics) {
  return check_named(name, text, diagnostics,
                     [](const std::string& t, FileReporter& r) { return check_xml_text(t, r); });
}

bool is_clean_text(std::string_view text) {
  char32_t control = 0;
  return utf8::first_invalid(text) == utf8::kNone &&
         utf8::first_forbidden_control(text, control) == utf8::kNone;
}

const char* xml_error_id(int pugixml_status) {
  switch (static_cast<pugi::xml_parse_status>(pugixml_status)) {
    case pugi::status_bad_pi:
      return "xml.bad-pi";
    case pugi::status_bad_comment:
      return "xml.bad-comment";
    case pugi::status_bad_cdata:
      return "xml.bad-cdata";
    case pugi::status_bad_doctype:
      return "xml-doctype";
    case pugi::status_bad_pcdata:
      return "xml.bad-text";
    case pugi::status_bad_start_element:
      return "xml.bad-start-element";
    case pugi::status_bad_attribute:
      return "xml.bad-attribute";
    case pugi::status_bad_end_element:
      return "xml.bad-end-element";
    case pugi::status_end_element_mismatch:
      return "xml.end-element-mismatch";
    case pugi::status_no_document_element:
      return "xml.no-document-element";
    case pugi::status_unrecognized_tag:
      return "xml.unrecognized-tag";
    default:
      return "xml.unreadable";
  }
}

}  // namespace acquis
