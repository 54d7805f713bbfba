package main

import "crypto/tls"

func config() *tls.Config {
	return &tls.Config{InsecureSkipVerify: true}
}

func relax(c *tls.Config) {
	c.InsecureSkipVerify = true
}
