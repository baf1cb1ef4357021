// Plan text made safe for a Markdown report: whatever a user typed reads back as typed in any
// renderer (CommonMark, GitHub, markdown-it, wikis that allow raw HTML) and never becomes markup,
// HTML, a table cell boundary, a block or a link.
#pragma once

#include <string>
#include <string_view>

namespace ab {

// Text inside a line or a table cell. Line breaks and other control characters become spaces.
// `<`, `>`, `&` and `|` become character references (&lt; &gt; &amp; &#124;), which every
// renderer shows as the character and none reads as a tag or a cell boundary; the Markdown
// punctuation \ ` * _ [ ] ~ is backslash-escaped, and so are a trailing `#` (it would close a
// heading) and the mark of a leading "# ", "- ", "+ ", "---", "1. " or "1) " (they would start a
// block were the text ever to begin a line; the report always puts words before it). Bare autolinks are
// defused: the `:` of a scheme ("https:", "javascript:", "mailto:"), the `.` of "www." and every
// `@` are written as references, so no renderer links them.
std::string markdown_text(std::string_view text);

// An id or a channel as inline code when it is plain (no backtick, `|`, `<`, `>`, `&`, control
// character, or space at either end): inside code nothing is markup, but a `|` still splits a
// table row and backticks need fences. Anything else is written as markdown_text: the same
// characters, escaped, in the body font. Empty text stays empty.
std::string markdown_code(std::string_view text);

}  // namespace ab
