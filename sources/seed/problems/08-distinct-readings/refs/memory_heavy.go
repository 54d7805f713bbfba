package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

func main() {
	// Keeps the whole input text, its fields and every reading in memory, then sorts them.
	text, _ := io.ReadAll(os.Stdin)
	fields := strings.Fields(string(text))
	n, _ := strconv.Atoi(fields[0])
	readings := make([]int, n)
	for i := range readings {
		readings[i], _ = strconv.Atoi(fields[1+i])
	}
	sort.Ints(readings)
	distinct := 1
	for i := 1; i < n; i++ {
		if readings[i] != readings[i-1] {
			distinct++
		}
	}
	fmt.Println(distinct)
}
