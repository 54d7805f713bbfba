require 'mixlib/shellout'

task :deploy, [:branch] do |_t, args|
  sh "git checkout #{args[:branch]} && bundle exec cap deploy"
end

def fetch_repo(url, dir)
  cmd = Mixlib::ShellOut.new("git clone " + url + " " + dir)
  cmd.run_command
  line = "tar xzf #{dir}/release.tgz"
  shell_out!(line)
end
