def shell_quote(note)
  note = note.gsub("\\", "\\\\")
  note.gsub("'", "\\'")
end
