# Reference values for Csc.Analysis.Statistics forecasting tests.
# Generated with R 4.2 and forecast 8.20. Run from this folder:
#   Rscript make_reference.R
# Writes the CSVs next to this script. Numbers are printed with 17 significant digits.
suppressPackageStartupMessages(library(forecast))

fmt <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))
write_cols <- function(df, file) {
  out <- as.data.frame(lapply(df, function(col) if (is.numeric(col)) fmt(col) else col))
  write.table(out, file, sep = ",", quote = FALSE, row.names = FALSE)
}

# Synthetic monthly series (deterministic).
set.seed(20170531)
m <- 1:48
synth48 <- ts(round(100 + 0.8 * m + 12 * sin(2 * pi * m / 12) + rnorm(48, 0, 3), 1), start = c(2013, 6), frequency = 12)
synth40 <- ts(round(50 + 6 * cos(2 * pi * (1:40) / 12) + rnorm(40, 0, 2), 1), start = c(2014, 2), frequency = 12)
synth60m <- ts(round((200 + 1.5 * (1:60)) * (1 + 0.15 * sin(2 * pi * (1:60) / 12)) + rnorm(60, 0, 2), 1), start = c(2012, 6), frequency = 12)

series <- list(AirPassengers = AirPassengers, co2 = co2, nottem = nottem,
               synth48 = synth48, synth40 = synth40, synth60m = synth60m)
for (n in names(series)) write_cols(data.frame(value = as.numeric(series[[n]])), paste0("series_", n, ".csv"))

# Prediction intervals as R's predict.HoltWinters, for the 80% and 95% levels.
# For multiplicative models R indexes object$coefficients[2 + (rel - j) %% f], which for
# (rel - j) %% f == 0 reads b instead of s_f (and, without a trend, is shifted by one). The
# "corrected" columns use s_f there; they equal R's for h < frequency.
corrected_sd <- function(fit, h) {
  f <- frequency(fit$x)
  cf <- fit$coefficients
  hasb <- !is.logical(fit$beta) || fit$beta
  s <- cf[(2 + hasb):length(cf)]
  psi <- function(j) fit$alpha * (1 + j * fit$beta) + (j %% f == 0) * fit$gamma * (1 - fit$alpha)
  v <- var(residuals(fit))
  sapply(1:h, function(hh) {
    if (fit$seasonal == "additive") return(sqrt(v * sum(1, (hh > 1) * sapply(1L:(hh - 1), function(j) psi(j)^2))))
    rel <- 1 + (hh - 1) %% f
    sqrt(v * sum(sapply(0:(hh - 1), function(j) (psi(j) * s[rel] / s[1 + (rel - j - 1) %% f])^2)))
  })
}

hw_case <- function(name, x, h, ...) {
  fit <- HoltWinters(x, ...)
  fv <- fit$fitted
  cols <- list(xhat = as.numeric(fv[, "xhat"]), level = as.numeric(fv[, "level"]))
  if ("trend" %in% colnames(fv)) cols$trend <- as.numeric(fv[, "trend"])
  if ("season" %in% colnames(fv)) cols$season <- as.numeric(fv[, "season"])
  write_cols(as.data.frame(cols), paste0("hw_", name, "_fitted.csv"))
  cf <- fit$coefficients
  write_cols(data.frame(name = c(names(cf), "SSE", "alpha", "beta", "gamma"),
                        value = c(as.numeric(cf), fit$SSE, as.numeric(fit$alpha), as.numeric(fit$beta), as.numeric(fit$gamma))),
             paste0("hw_", name, "_coef.csv"))
  p80 <- predict(fit, n.ahead = h, prediction.interval = TRUE, level = 0.80)
  p95 <- predict(fit, n.ahead = h, prediction.interval = TRUE, level = 0.95)
  sdc <- corrected_sd(fit, h)
  fitv <- as.numeric(p95[, "fit"])
  write_cols(data.frame(h = 1:h, mean = fitv,
                        lo80 = as.numeric(p80[, "lwr"]), hi80 = as.numeric(p80[, "upr"]),
                        lo95 = as.numeric(p95[, "lwr"]), hi95 = as.numeric(p95[, "upr"]),
                        lo80c = fitv - qnorm(0.9) * sdc, hi80c = fitv + qnorm(0.9) * sdc,
                        lo95c = fitv - qnorm(0.975) * sdc, hi95c = fitv + qnorm(0.975) * sdc),
             paste0("hw_", name, "_pred.csv"))
}

# Fixed parameters: the commands are the calls below.
hw_case("airpassengers_mult", AirPassengers, 24, alpha = 0.3, beta = 0.1, gamma = 0.2, seasonal = "multiplicative")
hw_case("airpassengers_add", AirPassengers, 24, alpha = 0.3, beta = 0.1, gamma = 0.2, seasonal = "additive")
hw_case("co2_add", co2, 24, alpha = 0.5, beta = 0.01, gamma = 0.3)
hw_case("nottem_add_notrend", nottem, 18, alpha = 0.2, beta = FALSE, gamma = 0.3)
hw_case("synth48_add", synth48, 15, alpha = 0.4, beta = 0.05, gamma = 0.25)
hw_case("synth60m_mult", synth60m, 12, alpha = 0.35, beta = 0.1, gamma = 0.3, seasonal = "multiplicative")
hw_case("synth48_holt", synth48, 6, alpha = 0.5, beta = 0.2, gamma = FALSE)
hw_case("synth48_ses", synth48, 6, alpha = 0.4, beta = FALSE, gamma = FALSE)

# Fitted parameters (optim L-BFGS-B from (0.3, 0.1, 0.1); optimize for SES).
opt <- function(name, x, ...) {
  fit <- HoltWinters(x, ...)
  data.frame(case = name, alpha = as.numeric(fit$alpha), beta = as.numeric(fit$beta),
             gamma = as.numeric(fit$gamma), SSE = fit$SSE)
}
write_cols(rbind(
  opt("airpassengers_mult", AirPassengers, seasonal = "multiplicative"),
  opt("airpassengers_add", AirPassengers),
  opt("co2_add", co2),
  opt("nottem_add", nottem),
  opt("synth48_add", synth48),
  opt("synth60m_mult", synth60m, seasonal = "multiplicative"),
  opt("synth48_holt", synth48, gamma = FALSE),
  opt("synth48_ses", synth48, beta = FALSE, gamma = FALSE)), "hw_optimised.csv")

# Seasonal naive: forecast::snaive(x, h, level = c(80, 95)).
sn_case <- function(name, x, h) {
  fc <- snaive(x, h = h, level = c(80, 95))
  write_cols(data.frame(h = 1:h, mean = as.numeric(fc$mean),
                        lo80 = as.numeric(fc$lower[, 1]), hi80 = as.numeric(fc$upper[, 1]),
                        lo95 = as.numeric(fc$lower[, 2]), hi95 = as.numeric(fc$upper[, 2])),
             paste0("snaive_", name, ".csv"))
}
sn_case("airpassengers", AirPassengers, 30)
sn_case("nottem", nottem, 24)
sn_case("synth40", synth40, 15)
sn_case("synth48", synth48, 13)
