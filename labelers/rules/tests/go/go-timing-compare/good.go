package main

import (
	"crypto/subtle"
	"strings"
)

func check(secret, presented []byte) bool {
	return subtle.ConstantTimeCompare(secret, presented) == 1
}

// a value compared with a transformation of itself is no secret check
func caseOf(key string) string {
	if key == strings.ToUpper(key) {
		return "upper"
	}
	return "mixed"
}
