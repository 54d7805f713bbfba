package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

func main() {
	// Keeps the whole input text, its fields, every reading and every prefix sum in memory.
	text, _ := io.ReadAll(os.Stdin)
	fields := strings.Fields(string(text))
	n, _ := strconv.ParseInt(fields[0], 10, 64)
	k, _ := strconv.ParseInt(fields[1], 10, 64)
	readings := make([]int64, n)
	for i := range readings {
		readings[i], _ = strconv.ParseInt(fields[2+i], 10, 64)
	}
	prefix := make([]int64, n+1)
	for i, v := range readings {
		prefix[i+1] = prefix[i] + v
	}
	best := prefix[k]
	for i := int64(1); i+k <= n; i++ {
		if prefix[i+k]-prefix[i] > best {
			best = prefix[i+k] - prefix[i]
		}
	}
	fmt.Println(best)
}
