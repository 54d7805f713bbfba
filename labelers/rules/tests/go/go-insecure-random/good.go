package main

import (
	"crypto/rand"
	"encoding/hex"
)

func token() string {
	buf := make([]byte, 16)
	rand.Read(buf)
	return hex.EncodeToString(buf)
}
