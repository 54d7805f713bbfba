package main

import "crypto/tls"

func config() *tls.Config {
	return &tls.Config{MinVersion: tls.VersionTLS12}
}

func relax(c *tls.Config) {
	c.MinVersion = tls.VersionTLS12
}
