package main

import (
	"fmt"
	"os/exec"
)

func run(name string) {
	out, _ := exec.Command("echo", name).Output()
	fmt.Print(string(out))
}
