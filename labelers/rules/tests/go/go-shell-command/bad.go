package main

import (
	"fmt"
	"os/exec"
)

func run(name string) {
	out, _ := exec.Command("sh", "-c", "echo "+name).Output()
	fmt.Print(string(out))
}
