package main

import (
	"crypto/sha256"
	"fmt"
)

func digest(data []byte) string {
	return fmt.Sprintf("%x", sha256.Sum256(data))
}
