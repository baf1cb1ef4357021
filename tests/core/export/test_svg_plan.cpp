// A picture that carries its plan (io/plan_json.hpp, "Plans inside pictures"): the plan reader
// opens the SVG as the plan it holds, byte for byte the same plan file, however hostile its
// text; a picture without a plan, or XML that is no picture, is refused with a clear message.
#include <catch2/catch.hpp>

#include <string>

#include "export/svg/svg.hpp"
#include "fixtures.hpp"
#include "model/generator.hpp"

using namespace ab;

namespace {

std::string reopened(const std::string& svg) {
    LoadResult r = load_plan(svg);
    INFO(ab::test::listed(r.errors));
    REQUIRE(r.ok());
    return save_plan(*r.plan);
}

std::string refusal(const std::string& text) {
    LoadResult r = load_plan(text);
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.errors.size() == 1);
    return r.errors[0].message;
}

}  // namespace

TEST_CASE("an SVG with its plan opens as the same plan file", "[export]") {
    const Plan selma = ab::test::load_fixture("selma.json");
    CHECK(reopened(export_svg(selma, nullptr)) == save_plan(selma));

    const Plan generated = generate_plan(GenSpec{}.times(3), 7);
    const Scores scores = score_plan(generated);
    SvgOptions options;
    options.score_panel = true;
    CHECK(reopened(export_svg(generated, &scores, options)) == save_plan(generated));

    const Plan empty;
    CHECK(reopened(export_svg(empty, nullptr)) == save_plan(empty));
}

TEST_CASE("a plan whose text is hostile to XML survives the trip through a picture", "[export]") {
    Plan plan = ab::test::load_fixture("selma.json");
    plan.settings.name = "]]> </alignboard:plan> <alignboard:plan> &amp; &lt;";
    plan.goals[0].name = "</metadata><script>alert(1)</script>";
    plan.goals[1].name = "nonchars \xEF\xBF\xBE \xEF\xBF\xBF, control \x01\x1f, tab\tline\nend, DEL \x7f";
    plan.tactics[0].name = "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xE4\xBD\xA0\xE5\xA5\xBD \xF0\x9F\x93\x88";
    const std::string svg = export_svg(plan, nullptr);
    CHECK(svg.find("<script") == std::string::npos);
    CHECK(reopened(svg) == save_plan(plan));
}

TEST_CASE("a picture re-saved by an editor (CDATA, character references) still opens", "[export]") {
    const Plan plan = ab::test::load_fixture("selma.json");
    const std::string json = save_plan_compact(plan);
    const std::string cdata = "\xEF\xBB\xBF  <svg><metadata><alignboard:plan format=\"alignboard.plan\"><![CDATA[" + json +
                              "]]></alignboard:plan></metadata></svg>";
    CHECK(reopened(cdata) == save_plan(plan));
    // Character references for the first brace and a quote.
    // XML-escaped as a writer must (Selma's names hold "&"), then two characters as references.
    std::string refs;
    for (char c : json) refs += c == '&' ? std::string("&amp;") : c == '<' ? std::string("&lt;") : std::string(1, c);
    refs.replace(0, 1, "&#123;");
    const size_t quote = refs.find('"');
    refs.replace(quote, 1, "&#x22;");
    CHECK(reopened("<svg><alignboard:plan>" + refs + "</alignboard:plan></svg>") == save_plan(plan));
}

TEST_CASE("a picture without a plan, or XML that is no picture, is refused clearly", "[export]") {
    const Plan plan = ab::test::load_fixture("selma.json");
    SvgOptions bare;
    bare.embed_plan = false;
    CHECK(refusal(export_svg(plan, nullptr, bare)).find("this picture holds no plan") == 0);
    CHECK(refusal("<?xml version=\"1.0\"?><html></html>").find("not an Alignboard plan or a picture") !=
          std::string::npos);
    CHECK(refusal("<svg><alignboard:plan>{\"format\":</alignboard:plan></svg>").size() > 0);
    CHECK(refusal("<svg><alignboard:plan>{&bogus;}</alignboard:plan></svg>").find("broken XML reference") !=
          std::string::npos);
    CHECK(refusal("<svg><alignboard:plan>" + save_plan_compact(plan)).find("cut short") != std::string::npos);
    CHECK(refusal("<svg><alignboard:planner>x</alignboard:planner></svg>").find("this picture holds no plan") == 0);
    // The plan inside meets the usual rules: a newer version is refused as in a plan file.
    CHECK(refusal("<svg><alignboard:plan>{\"format\":\"alignboard.plan\",\"version\":99}</alignboard:plan></svg>")
              .find("newer") != std::string::npos);
}
