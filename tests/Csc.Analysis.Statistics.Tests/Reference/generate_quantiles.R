# Reference values for Quantiles (R's quantile types 1 to 9 and median).
#
# Run from this folder (R 4.2):   Rscript generate_quantiles.R
# It writes quantile_inputs.csv (case,index,value) and quantiles_r.csv (case,type,p,value; type 0 = median()).

fmt <- function(x) sprintf("%.17g", x)
set.seed(7)
inputs <- list(
  one = c(42),
  two = c(3, -1),
  five = c(5, 1, 4, 2, 3),
  ties = c(2, 2, 2, 5, 5, 1, 1, 9, 2, 2),
  normal20 = round(rnorm(20, 10, 3), 3),
  uniform101 = runif(101),
  counts60 = as.numeric(rpois(60, 4))
)
probs <- c(0, 0.01, 0.1, 0.25, 1 / 3, 0.5, 0.6, 2 / 3, 0.75, 0.9, 0.99, 1)
input_rows <- do.call(rbind, lapply(names(inputs), function(name)
  data.frame(case = name, index = seq_along(inputs[[name]]) - 1, value = fmt(inputs[[name]]))))
write.csv(input_rows, "quantile_inputs.csv", row.names = FALSE, quote = FALSE)
rows <- list()
for (name in names(inputs)) {
  x <- inputs[[name]]
  rows[[length(rows) + 1]] <- data.frame(case = name, type = 0, p = fmt(0.5), value = fmt(median(x)))
  for (type in 1:9) {
    rows[[length(rows) + 1]] <- data.frame(case = name, type = type, p = fmt(probs), value = fmt(unname(quantile(x, probs, type = type))))
  }
}
write.csv(do.call(rbind, rows), "quantiles_r.csv", row.names = FALSE, quote = FALSE)
cat("wrote quantile_inputs.csv, quantiles_r.csv\n")
