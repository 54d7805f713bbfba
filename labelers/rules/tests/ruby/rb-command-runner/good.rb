require 'mixlib/shellout'

task :deploy, [:branch] do |_t, args|
  sh "git", "checkout", args[:branch]
  sh "bundle exec cap deploy"
end

def fetch_repo(url, dir)
  cmd = Mixlib::ShellOut.new("git", "clone", url, dir)
  cmd.run_command
  shell_out!("tar", "xzf", File.join(dir, "release.tgz"))
end
