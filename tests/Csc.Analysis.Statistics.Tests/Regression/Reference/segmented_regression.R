# Reference fits for SegmentedRegressionTests (run from this folder: Rscript segmented_regression.R).
# A 40-month series with a seasonal wave, a level drop of 8 and a slope change of +0.5 at month 24
# (0-based index), plus noise. Writes the series and the lm / NeweyWest results as CSV.
library(sandwich)
set.seed(20170531)
n <- 40; k <- 24; offset <- 3   # series starts in April: season position 3 (0 = January)
t <- 0:(n - 1)
season <- (t + offset) %% 12
y <- 70 + 0.3 * t - 8 * (t >= k) + 0.5 * pmax(0, t - k) * (t >= k) +
  4 * sin(2 * pi * season / 12) + 2 * cos(2 * pi * season / 12) + rnorm(n, 0, 1.5)
y <- round(y, 6)
d <- data.frame(y = y, time = t, level_change = as.numeric(t >= k),
                slope_change = ifelse(t >= k, t - k, 0),
                sin1 = sin(2 * pi * season / 12), cos1 = cos(2 * pi * season / 12),
                season = factor(season + 1, levels = 1:12))
write.csv(data.frame(y = sprintf("%.6f", y)), "segmented_series.csv", row.names = FALSE, quote = FALSE)

out <- NULL
add <- function(model, name, fit, V) {
  est <- coef(fit); se <- sqrt(diag(V)); df <- fit$df.residual
  tq <- qt(0.975, df)
  rbind(out, data.frame(model = model, term = names(est), estimate = sprintf("%.17g", est),
                        se = sprintf("%.17g", se),
                        p = sprintf("%.17g", 2 * pt(-abs(est / se), df)),
                        lower = sprintf("%.17g", est - tq * se), upper = sprintf("%.17g", est + tq * se)))
}
f1 <- lm(y ~ time + level_change + slope_change + sin1 + cos1, data = d)
out <- add("fourier_classical", "", f1, vcov(f1))
out <- add("fourier_neweywest3", "", f1, NeweyWest(f1, lag = 3, prewhite = FALSE, adjust = FALSE))
f2 <- lm(y ~ time + level_change + slope_change + season, data = d)
out <- add("dummies_classical", "", f2, vcov(f2))
f3 <- lm(y ~ time + level_change + slope_change, data = d)
out <- add("none_classical", "", f3, vcov(f3))
out$term <- sub("^\\(Intercept\\)$", "intercept", out$term)
write.csv(out, "segmented_reference.csv", row.names = FALSE, quote = FALSE)

# Cochran-Armitage trend test reference (prop.trend.test reports chi-squared = Z^2)
x <- c(2, 3, 5, 4, 7, 9); nn <- c(40, 42, 45, 39, 41, 44)
pt <- prop.trend.test(x, nn)
write.csv(data.frame(chisq = sprintf("%.17g", pt$statistic), p = sprintf("%.17g", pt$p.value)),
          "trend_reference.csv", row.names = FALSE, quote = FALSE)
