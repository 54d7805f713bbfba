package main

import (
	"bufio"
	"crypto/subtle"
	"fmt"
	"os"
	"strconv"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Split(bufio.ScanWords)
	next := func() string {
		in.Scan()
		return in.Text()
	}
	m, _ := strconv.Atoi(next())
	secrets := make(map[string][]byte, m)
	for i := 0; i < m; i++ {
		name := next()
		secrets[name] = []byte(next())
	}
	n, _ := strconv.Atoi(next())
	accepted := 0
	for i := 0; i < n; i++ {
		secret, known := secrets[next()]
		presented := []byte(next())
		if known && subtle.ConstantTimeCompare(secret, presented) == 1 {
			accepted++
		}
	}
	fmt.Println(accepted, n-accepted)
}
