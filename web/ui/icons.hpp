// The Fork Awesome icons the app draws, as UTF-8 strings. This list is also the subset the build
// keeps of the icon font: cmake/web.cmake reads every `U+F...` below, so adding an icon here is
// all it takes to ship its glyph (and an icon missing here shows as nothing, never as a box).
#pragma once

#include <string_view>
#include <utility>

namespace ab::web::icon {

inline constexpr const char* kSitemap = "\xef\x83\xa8";      // U+F0E8 sitemap (the app mark)
inline constexpr const char* kUndo = "\xef\x83\xa2";         // U+F0E2 undo
inline constexpr const char* kRedo = "\xef\x80\x9e";         // U+F01E repeat
inline constexpr const char* kSearch = "\xef\x80\x82";       // U+F002 search
inline constexpr const char* kGoal = "\xef\x85\x80";         // U+F140 bullseye
inline constexpr const char* kStrategy = "\xef\x80\xa4";     // U+F024 flag
inline constexpr const char* kTactic = "\xef\x83\xab";       // U+F0EB lightbulb-o
inline constexpr const char* kKpi = "\xef\x88\x81";          // U+F201 line-chart
inline constexpr const char* kCheck = "\xef\x81\x98";        // U+F058 check-circle
inline constexpr const char* kWarning = "\xef\x81\xb1";      // U+F071 exclamation-triangle
inline constexpr const char* kInfo = "\xef\x81\x9a";         // U+F05A info-circle
inline constexpr const char* kPlus = "\xef\x81\xa7";         // U+F067 plus
inline constexpr const char* kMinus = "\xef\x81\xa8";        // U+F068 minus
inline constexpr const char* kFit = "\xef\x82\xb2";          // U+F0B2 arrows-alt
inline constexpr const char* kOwner = "\xef\x80\x87";        // U+F007 user
inline constexpr const char* kLink = "\xef\x83\x81";         // U+F0C1 link
inline constexpr const char* kBan = "\xef\x81\x9e";          // U+F05E ban
inline constexpr const char* kPencil = "\xef\x81\x80";       // U+F040 pencil
inline constexpr const char* kTrash = "\xef\x87\xb8";        // U+F1F8 trash
inline constexpr const char* kClose = "\xef\x80\x8d";        // U+F00D times
inline constexpr const char* kContrast = "\xef\x81\x82";     // U+F042 adjust (high contrast)
inline constexpr const char* kPresent = "\xef\x89\xac";      // U+F26C television (presentation)
inline constexpr const char* kCopy = "\xef\x83\x85";         // U+F0C5 files-o (copy)
inline constexpr const char* kPaste = "\xef\x83\xaa";        // U+F0EA clipboard (paste)
inline constexpr const char* kProduct = "\xef\x80\x85";      // U+F005 star (a product; a big push is filled)
inline constexpr const char* kProductPlain = "\xef\x80\x86"; // U+F006 star-o
inline constexpr const char* kInsight = "\xef\x83\xa6";      // U+F0E6 comments-o (voice of customer)
inline constexpr const char* kFolder = "\xef\x81\xbc";       // U+F07C folder-open (the plan library)
inline constexpr const char* kHistory = "\xef\x87\x9a";      // U+F1DA history (checkpoints)
inline constexpr const char* kShare = "\xef\x87\xa0";        // U+F1E0 share-alt (share link)
inline constexpr const char* kDownload = "\xef\x80\x99";     // U+F019 download
inline constexpr const char* kMore = "\xef\x85\x81";         // U+F141 ellipsis-h (more tools)
inline constexpr const char* kUpload = "\xef\x82\x93";       // U+F093 upload (open a file)
inline constexpr const char* kLock = "\xef\x80\xa3";         // U+F023 lock (read-only)
inline constexpr const char* kSaved = "\xef\x83\x87";        // U+F0C7 floppy-o (save state)
inline constexpr const char* kBookmark = "\xef\x80\xae";     // U+F02E bookmark (a named checkpoint)
inline constexpr const char* kFile = "\xef\x80\x96";         // U+F016 file-o (a plan)
inline constexpr const char* kTidy = "\xef\x83\x9b";         // U+F0DB columns (tidy the board)
inline constexpr const char* kUsers = "\xef\x83\x80";        // U+F0C0 users (a workshop room)
inline constexpr const char* kChevronUp = "\xef\x81\xb7";    // U+F077 chevron-up (open the sheet further)
inline constexpr const char* kChevronDown = "\xef\x81\xb8";  // U+F078 chevron-down (close the sheet)
inline constexpr const char* kChevronRight = "\xef\x81\x94"; // U+F054 chevron-right (fold the panel away)
inline constexpr const char* kChevronLeft = "\xef\x81\x93";  // U+F053 chevron-left (bring the panel back)

// The glyph of an icon the core names by its Fork Awesome name (each kind's icon is named in
// core/model/kinds.hpp); "" for a name the app does not ship.
inline const char* named(std::string_view name) {
    static constexpr std::pair<std::string_view, const char*> kByName[] = {
        {"bullseye", kGoal},  {"flag", kStrategy},      {"lightbulb-o", kTactic}, {"line-chart", kKpi},
        {"star", kProduct},   {"comments-o", kInsight}, {"user", kOwner}};
    for (const auto& [n, glyph] : kByName) {
        if (n == name) return glyph;
    }
    return "";
}

}  // namespace ab::web::icon
