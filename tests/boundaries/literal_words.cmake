# Shared by the boundary checks ui_literals.cmake and notice_literals.cmake: whether a C++ string
# literal (with its quotes) holds a word a reader would see. Not words: the part of an ImGui id
# after "##", escapes ("\xe2\x80\xa6"), printf conversions ("%s"), and a catalogue key or
# identifier ("big_push", "mirror.live").
function(ab_literal_is_word literal out)
  set(words "${literal}")
  string(REGEX REPLACE "##.*\"$" "\"" words "${words}")
  string(REGEX REPLACE "\\\\x[0-9a-fA-F][0-9a-fA-F]" "" words "${words}")
  string(REGEX REPLACE "\\\\." "" words "${words}")
  string(REGEX REPLACE "%[-+ #0-9.*]*(ll|l|z|h)?[a-zA-Z]" "" words "${words}")
  if(words MATCHES "[A-Za-z]" AND NOT literal MATCHES "^\"[a-z0-9]*[_.][a-z0-9_.]*\"$")
    set(${out} TRUE PARENT_SCOPE)
  else()
    set(${out} FALSE PARENT_SCOPE)
  endif()
endfunction()
