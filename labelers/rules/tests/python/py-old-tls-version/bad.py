import socket
import ssl


def connect(host):
    sock = socket.create_connection((host, 443))
    return ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_TLSv1, cert_reqs=ssl.CERT_REQUIRED)
