package main

import (
	"crypto/md5"
	"fmt"
)

func digest(data []byte) string {
	return fmt.Sprintf("%x", md5.Sum(data))
}
