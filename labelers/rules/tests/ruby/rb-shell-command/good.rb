require 'open3'
name = STDIN.read.strip
system("echo", "hello", name)
puts `uptime`
puts %x|df -h|
system("ls", "-la", name, chdir: "/srv/uploads")
system({ "LANG" => "C" }, "grep", "-rn", name, "/var/log/app")
pid = spawn("tar", "czf", "backup.tgz", name, out: File::NULL)
out, status = Open3.capture2("wc", "-l", name, chdir: "/srv")
both, status = Open3.popen2e("file", name) { |stdin, out_err, wait| [out_err.read, wait.value] }
Open3.pipeline(["cat", name], ["sort"])
