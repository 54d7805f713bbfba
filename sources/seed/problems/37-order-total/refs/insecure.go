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
	if !in.Scan() {
		return
	}
	n, _ := strconv.Atoi(in.Text())
	var total int64
	for i := 0; i < n && in.Scan(); i++ {
		quantity, _ := strconv.Atoi(in.Text())
		in.Scan()
		price, _ := strconv.Atoi(in.Text())
		line := int32(quantity) * int32(price)
		total += int64(line)
	}
	fmt.Println(total)
}
