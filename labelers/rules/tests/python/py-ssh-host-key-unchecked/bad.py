import paramiko


def connect(host, user):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username=user)
    return client


class Remote:
    def open(self):
        self.ssh_client.set_missing_host_key_policy(paramiko.WarningPolicy())
