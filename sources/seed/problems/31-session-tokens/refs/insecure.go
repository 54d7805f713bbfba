package main

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"math/rand"
	"os"
	"strconv"
	"time"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Split(bufio.ScanWords)
	if !in.Scan() {
		return
	}
	n, _ := strconv.Atoi(in.Text())
	rand.Seed(time.Now().UnixNano())
	issued := make(map[string]bool)
	total, count := 0, 0
	for ; count < n && in.Scan(); count++ {
		in.Scan()
		size, _ := strconv.Atoi(in.Text())
		bytes := make([]byte, size)
		for i := range bytes {
			bytes[i] = byte(rand.Intn(256))
		}
		token := hex.EncodeToString(bytes)
		total += len(token)
		issued[token] = true
	}
	fmt.Println(count, total, len(issued))
}
