require 'shellwords'

def percona_command(execute_sql, database_name, table_name)
  # an argument array: each value stays one argument
  command = ['pt-online-schema-change', '--alter', execute_sql, "D=#{database_name},t=#{table_name}"]
  command.shelljoin
end

def escaped_command(path)
  command = "wc -l #{Shellwords.escape(path)}"
  command
end
