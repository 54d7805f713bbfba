package main

import "crypto/tls"

func serverConfig() *tls.Config {
	return &tls.Config{MinVersion: tls.VersionTLS10}
}

var acceptedVersions = []uint16{
	tls.VersionTLS11,
	tls.VersionTLS12,
}
