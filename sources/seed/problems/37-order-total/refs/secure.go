package main

import (
	"bufio"
	"fmt"
	"math"
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
	var total int64
	overflow := false
	for i := 0; i < n && in.Scan(); i++ {
		quantity, err := strconv.ParseInt(in.Text(), 10, 64)
		if err != nil {
			panic(err)
		}
		in.Scan()
		price, err := strconv.ParseInt(in.Text(), 10, 64)
		if err != nil {
			panic(err)
		}
		// Both factors are non-negative, so these bound tests are exact.
		if price != 0 && quantity > math.MaxInt64/price {
			overflow = true
			continue
		}
		line := quantity * price
		if total > math.MaxInt64-line {
			overflow = true
			continue
		}
		total += line
	}
	if overflow {
		fmt.Println("OVERFLOW")
	} else {
		fmt.Println(total)
	}
}
