# Reference values for TwoByTwoTestTests (run from this folder: Rscript two_by_two.R; base R only).
# Each case is a group's events out of its population against a reference group's: the 2x2 table
# [events, population - events; reference_events, reference_population - reference_events].
# chisq.test with and without Yates' correction, fisher.test (two-sided), the smallest expected count,
# and the relative rate with its Katz log interval (95% and 90%), computed from its formula.
cases <- read.csv(text = "
events,population,reference_events,reference_population
12,400,30,2000
3,250,800,40000
0,120,450,30000
7,7,20,100
1,10,1,10
5,60,2,90
41,2150,390,31800
150,9000,610,52000
500,20000,300,60000
2,35,180,21000
9,1800,420,33000
25,900,25,900
0,15,0,60
4,5000,4,5000
60,1200,15,2400
")
f <- function(v) ifelse(is.na(v), "NA", sprintf("%.17g", v))
katz <- function(a, n1, c, n0, conf) {
  rr <- (a / n1) / (c / n0)
  if (a == 0 || c == 0) return(c(rr, NA, NA))
  se <- sqrt(1 / a - 1 / n1 + 1 / c - 1 / n0)
  z <- qnorm(1 - (1 - conf) / 2)
  c(rr, exp(log(rr) - z * se), exp(log(rr) + z * se))
}
rows <- lapply(seq_len(nrow(cases)), function(i) {
  a <- cases$events[i]; n1 <- cases$population[i]; c <- cases$reference_events[i]; n0 <- cases$reference_population[i]
  x <- matrix(c(a, c, n1 - a, n0 - c), nrow = 2)
  e <- outer(rowSums(x), colSums(x)) / sum(x)
  plain <- suppressWarnings(chisq.test(x, correct = FALSE))
  yates <- suppressWarnings(chisq.test(x, correct = TRUE))
  fisher <- fisher.test(x)
  k95 <- katz(a, n1, c, n0, 0.95)
  k90 <- katz(a, n1, c, n0, 0.90)
  data.frame(events = a, population = n1, reference_events = c, reference_population = n0,
             min_expected = f(min(e)),
             chisq = f(unname(plain$statistic)), chisq_p = f(plain$p.value),
             yates = f(unname(yates$statistic)), yates_p = f(yates$p.value),
             fisher_p = f(fisher$p.value),
             rr = f(k95[1]), lower95 = f(k95[2]), upper95 = f(k95[3]), lower90 = f(k90[2]), upper90 = f(k90[3]))
})
write.csv(do.call(rbind, rows), "two_by_two_r.csv", row.names = FALSE, quote = FALSE)
cat(R.version.string, "\n")
