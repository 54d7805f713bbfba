package main
import (
	"bufio"
	"fmt"
	"os"
)
func main(){r:=bufio.NewReader(os.Stdin);var n,t,x,s int64;fmt.Fscan(r,&n,&t);m:=map[int64]int64{};for;n>0;n--{fmt.Fscan(r,&x);s+=m[t-x];m[x]++};fmt.Println(s)}
