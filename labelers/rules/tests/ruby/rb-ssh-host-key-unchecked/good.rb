require 'net/ssh'

def uptime(host, user)
  Net::SSH.start(host, user, verify_host_key: :always) do |ssh|
    ssh.exec!('uptime')
  end
end
