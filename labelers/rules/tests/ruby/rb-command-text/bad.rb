def percona_command(execute_sql, database_name, table_name)
  # the values are pasted into one command line that a shell will split
  command = "pt-online-schema-change --alter '#{execute_sql}' D=#{database_name},t=#{table_name}"
  command += " --max-load #{ENV['MAX_LOAD']}"
  command
end
