package main

import "crypto/tls"

func serverConfig() *tls.Config {
	return &tls.Config{MinVersion: tls.VersionTLS12}
}
