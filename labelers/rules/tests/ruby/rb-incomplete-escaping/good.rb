def shell_quote(note)
  note = note.gsub("\\", "\\\\")
  note.gsub("'", "\\'")
end

def major_minor(version)
  version.sub(".", "") # replacing only the first dot is the intent, not escaping
end
