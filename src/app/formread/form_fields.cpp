// See form_fields.h.
#define POINTERHOLDER_TRANSITION 4
#include "form_fields.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAcroFormDocumentHelper.hh>
#include <qpdf/QPDFFormFieldObjectHelper.hh>

#include <map>
#include <set>
#include <string>

namespace {

const char* kind_of(QPDFFormFieldObjectHelper& field) {
  if (field.isRadioButton()) return "radio";
  if (field.isCheckbox()) return "case";
  if (field.isText()) return "texte";
  return "autre";
}

struct Field {
  const char* kind;
  std::string value;
  std::set<std::string> states;  // a button's, other than Off: the values it can take
  std::set<QPDFObjGen> named;    // the objects that carry the name themselves (/T)
};

void add_states(QPDFAcroFormDocumentHelper& form, QPDFFormFieldObjectHelper& field,
                std::set<std::string>& states) {
  for (QPDFAnnotationObjectHelper& widget : form.getAnnotationsForField(field)) {
    QPDFObjectHandle normal = widget.getAppearanceDictionary().getKey("/N");
    if (!normal.isDictionary()) continue;
    for (const std::string& key : normal.getKeys())
      if (key != "/Off") states.insert(key.substr(1));
  }
}

std::string joined(const std::set<std::string>& states) {
  std::string out;
  for (const std::string& state : states) out += (out.empty() ? "" : "\n") + state;
  return out;
}

std::string value_of(QPDFFormFieldObjectHelper& field) {
  QPDFObjectHandle value = field.getValue();
  if (value.isName()) return value.getName().substr(1);
  if (value.isString()) return value.getUTF8Value();
  return field.getFieldType() == "/Btn" ? "Off" : "";
}

}  // namespace

extern "C" int acquis_read_form_fields(const char* bytes, size_t size, AcquisFieldCallback field,
                                       void* context) {
  if (size < 5 || std::string(bytes, 5) != "%PDF-") return ACQUIS_FORM_NOT_PDF;
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.setAttemptRecovery(false);  // a damaged file is refused, not guessed at
    pdf.processMemoryFile("formulaire.pdf", bytes, size);
    if (pdf.isEncrypted()) return ACQUIS_FORM_ENCRYPTED;
    pdf.getAllPages();
    if (pdf.anyWarnings()) return ACQUIS_FORM_DAMAGED;  // what qpdf had to repair
    QPDFAcroFormDocumentHelper form(pdf);
    std::vector<QPDFFormFieldObjectHelper> fields =
        form.hasAcroForm() ? form.getFormFields() : std::vector<QPDFFormFieldObjectHelper>{};
    if (fields.empty()) return ACQUIS_FORM_NO_FIELDS;
    // qpdf lists each widget of a radio group that names its parent as a field of the
    // group's name: they are one field.
    std::map<std::string, Field> by_name;
    for (QPDFFormFieldObjectHelper& f : fields) {
      Field& entry =
          by_name.try_emplace(f.getFullyQualifiedName(), Field{kind_of(f), {}, {}}).first->second;
      entry.value = value_of(f);
      if (f.getFieldType() == "/Btn") add_states(form, f, entry.states);
      // A radio group's widgets name their parent; two objects named alike are two fields.
      QPDFObjectHandle named = f.getObjectHandle();
      while (!named.hasKey("/T") && named.hasKey("/Parent")) named = named.getKey("/Parent");
      entry.named.insert(named.getObjGen());
    }
    for (const auto& [name, f] : by_name)
      field(context, name.c_str(), f.named.size() > 1 ? "double" : f.kind, f.value.c_str(),
            joined(f.states).c_str());
    return ACQUIS_FORM_OK;
  } catch (const std::exception&) {
    return ACQUIS_FORM_DAMAGED;
  }
}
