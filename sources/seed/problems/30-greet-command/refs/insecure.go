package main

import (
	"bufio"
	"os"
	"os/exec"
	"strconv"
	"strings"
)

const chunk = 200

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Split(bufio.ScanWords)
	if !in.Scan() {
		return
	}
	n, _ := strconv.Atoi(in.Text())
	var names []string
	for i := 0; i < n && in.Scan(); i++ {
		names = append(names, in.Text())
	}
	for start := 0; start < len(names); start += chunk {
		end := start + chunk
		if end > len(names) {
			end = len(names)
		}
		parts := make([]string, 0, end-start)
		for _, name := range names[start:end] {
			parts = append(parts, "echo Hello, "+name+"!")
		}
		output, err := exec.Command("sh", "-c", strings.Join(parts, "; ")).Output()
		if err != nil {
			panic(err)
		}
		os.Stdout.Write(output)
	}
}
