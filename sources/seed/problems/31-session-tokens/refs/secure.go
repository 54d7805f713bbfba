package main

import (
	"bufio"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"strconv"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Split(bufio.ScanWords)
	if !in.Scan() {
		return
	}
	n, _ := strconv.Atoi(in.Text())
	issued := make(map[string]bool)
	total, count := 0, 0
	for ; count < n && in.Scan(); count++ {
		in.Scan()
		size, _ := strconv.Atoi(in.Text())
		bytes := make([]byte, size)
		if _, err := rand.Read(bytes); err != nil {
			panic(err)
		}
		token := hex.EncodeToString(bytes)
		total += len(token)
		issued[token] = true
	}
	fmt.Println(count, total, len(issued))
}
