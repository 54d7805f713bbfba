package main

import (
	"bufio"
	"fmt"
	"strconv"
	"math/bits"
	"os"
)

// buildSparseTable returns table with table[k][i] = min(values[i : i+2^k]).
func buildSparseTable(values []int64) [][]int64 {
	table := [][]int64{values}
	for width := 1; 2*width <= len(values); width *= 2 {
		previous := table[len(table)-1]
		next := make([]int64, len(values)-2*width+1)
		for i := range next {
			next[i] = previous[i]
			if previous[i+width] < next[i] {
				next[i] = previous[i+width]
			}
		}
		table = append(table, next)
	}
	return table
}

// rangeMin answers min(values[left..right]) (0-based, inclusive) from two overlapping power-of-two windows.
func rangeMin(table [][]int64, left, right int) int64 {
	k := bits.Len(uint(right-left+1)) - 1
	a, b := table[k][left], table[k][right-(1<<k)+1]
	if a < b {
		return a
	}
	return b
}

func main() {
	scanner := bufio.NewScanner(bufio.NewReaderSize(os.Stdin, 1<<16))
	scanner.Split(bufio.ScanWords)
	nextInt := func() int {
		scanner.Scan()
		value, _ := strconv.Atoi(scanner.Text())
		return value
	}
	n, q := nextInt(), nextInt()
	values := make([]int64, n)
	for i := range values {
		values[i] = int64(nextInt())
	}
	table := buildSparseTable(values)
	var total int64
	for i := 0; i < q; i++ {
		left, right := nextInt(), nextInt()
		total += rangeMin(table, left-1, right-1)
	}
	fmt.Println(total)
}
