package main

import (
	"bufio"
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
	secrets := make(map[string]string, m)
	for i := 0; i < m; i++ {
		name := next()
		secrets[name] = next()
	}
	n, _ := strconv.Atoi(next())
	accepted := 0
	for i := 0; i < n; i++ {
		secret, known := secrets[next()]
		if known && secret == next() {
			accepted++
		} else if !known {
			next()
		}
	}
	fmt.Println(accepted, n-accepted)
}
