def shell_quote(note)
  note = note.sub("\\", "\\\\")
  note.sub("'", "\\'")
end
