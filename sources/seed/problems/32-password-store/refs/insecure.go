package main

import (
	"bufio"
	"crypto/md5"
	"encoding/hex"
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
	store := make(map[string]string)
	created, refused, ok, denied := 0, 0, 0, 0
	for i := 0; i < n; i++ {
		in.Scan()
		action := in.Text()
		in.Scan()
		user := in.Text()
		in.Scan()
		sum := md5.Sum([]byte(in.Text()))
		digest := hex.EncodeToString(sum[:])
		stored, exists := store[user]
		if action == "register" {
			if exists {
				refused++
			} else {
				store[user] = digest
				created++
			}
		} else if exists && stored == digest {
			ok++
		} else {
			denied++
		}
	}
	fmt.Println(created, refused, ok, denied)
}
