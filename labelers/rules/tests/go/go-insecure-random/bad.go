package main

import (
	"fmt"
	"math/rand"
)

func token() string {
	return fmt.Sprintf("%016x", rand.Int63())
}
