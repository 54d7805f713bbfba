package main

import "crypto/subtle"

func check(secret, presented []byte) bool {
	return subtle.ConstantTimeCompare(secret, presented) == 1
}
