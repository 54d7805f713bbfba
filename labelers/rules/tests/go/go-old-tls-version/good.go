package main

import "crypto/tls"

func serverConfig() *tls.Config {
	return &tls.Config{MinVersion: tls.VersionTLS12}
}

var acceptedVersions = []uint16{
	tls.VersionTLS12,
	tls.VersionTLS13,
}
