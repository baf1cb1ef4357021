// A small DOM of an SVG read by expat (a real XML parser, linked into the native tests only), so
// the picture tests check what any SVG reader gets: well-formed XML, elements, attributes, text.
#pragma once

#include <expat.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace ab::test {

struct XmlNode {
    std::string name;
    std::map<std::string, std::string> attrs;
    std::string text;  // all character data inside, children included
    std::vector<std::unique_ptr<XmlNode>> children;

    std::string attr(const std::string& key) const {
        auto it = attrs.find(key);
        return it == attrs.end() ? std::string() : it->second;
    }
    // Every element named `element` at or below this one, in document order.
    void all(const std::string& element, std::vector<const XmlNode*>& out) const {
        if (name == element) out.push_back(this);
        for (const auto& c : children) c->all(element, out);
    }
    std::vector<const XmlNode*> all(const std::string& element) const {
        std::vector<const XmlNode*> out;
        all(element, out);
        return out;
    }
};

struct XmlDoc {
    std::unique_ptr<XmlNode> root;
    std::string error;  // empty when the text is well-formed XML
};

inline XmlDoc parse_xml(const std::string& text) {
    struct State {
        std::unique_ptr<XmlNode> root;
        std::vector<XmlNode*> open;
    } st;
    XML_Parser p = XML_ParserCreate("UTF-8");
    XML_SetUserData(p, &st);
    XML_SetElementHandler(
        p,
        [](void* d, const XML_Char* name, const XML_Char** atts) {
            auto* s = static_cast<State*>(d);
            auto node = std::make_unique<XmlNode>();
            node->name = name;
            for (int i = 0; atts[i]; i += 2) node->attrs[atts[i]] = atts[i + 1];
            XmlNode* raw = node.get();
            if (s->open.empty()) s->root = std::move(node);
            else s->open.back()->children.push_back(std::move(node));
            s->open.push_back(raw);
        },
        [](void* d, const XML_Char*) { static_cast<State*>(d)->open.pop_back(); });
    XML_SetCharacterDataHandler(p, [](void* d, const XML_Char* s, int len) {
        for (XmlNode* n : static_cast<State*>(d)->open) n->text.append(s, size_t(len));
    });
    XmlDoc doc;
    if (XML_Parse(p, text.data(), int(text.size()), 1) == XML_STATUS_ERROR) {
        doc.error = std::string(XML_ErrorString(XML_GetErrorCode(p))) + " at line " +
                    std::to_string(XML_GetCurrentLineNumber(p));
    }
    XML_ParserFree(p);
    doc.root = std::move(st.root);
    return doc;
}

}  // namespace ab::test
