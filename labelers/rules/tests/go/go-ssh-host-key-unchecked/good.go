package main

import (
	"golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/knownhosts"
)

func dial(addr, user string, auth ssh.AuthMethod) (*ssh.Client, error) {
	callback, err := knownhosts.New("/home/deploy/.ssh/known_hosts")
	if err != nil {
		return nil, err
	}
	config := &ssh.ClientConfig{
		User:            user,
		Auth:            []ssh.AuthMethod{auth},
		HostKeyCallback: callback,
	}
	return ssh.Dial("tcp", addr, config)
}
