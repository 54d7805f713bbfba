package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

func main() {
	data, _ := io.ReadAll(os.Stdin)
	fields := strings.Fields(string(data))
	n, _ := strconv.Atoi(fields[0])
	values := make([]int64, n)
	for i := 0; i < n; i++ {
		values[i], _ = strconv.ParseInt(fields[1+i], 10, 64)
	}
	prefix := make([]int64, n+1)
	for i, v := range values {
		prefix[i+1] = prefix[i] + v
	}
	best, lowest := values[0], prefix[0]
	for j := 1; j <= n; j++ {
		if prefix[j]-lowest > best {
			best = prefix[j] - lowest
		}
		if prefix[j] < lowest {
			lowest = prefix[j]
		}
	}
	fmt.Println(best)
}
