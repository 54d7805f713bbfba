require 'net/ssh'

def uptime(host, user)
  Net::SSH.start(host, user, verify_host_key: :never) do |ssh|
    ssh.exec!('uptime')
  end
end

def legacy_uptime(host, user)
  Net::SSH.start(host, user, :paranoid => false) { |ssh| ssh.exec!('uptime') }
end
