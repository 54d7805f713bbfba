package main

import (
	"bufio"
	"os"
	"os/exec"
	"strconv"
	"strings"
)

const chunk = 100

// runShell evaluates the collected expressions with the shell's arithmetic expansion.
func runShell(script string) {
	output, err := exec.Command("sh", "-c", script).Output()
	if err != nil {
		panic(err)
	}
	os.Stdout.Write(output)
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	if !in.Scan() {
		return
	}
	n, _ := strconv.Atoi(strings.TrimSpace(in.Text()))
	var script strings.Builder
	inChunk := 0
	for i := 0; i < n && in.Scan(); i++ {
		script.WriteString("echo $((" + strings.TrimRight(in.Text(), "\r") + ")); ")
		inChunk++
		if inChunk == chunk {
			runShell(script.String())
			script.Reset()
			inChunk = 0
		}
	}
	if inChunk > 0 {
		runShell(script.String())
	}
}
